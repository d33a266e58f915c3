# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Dates of past events: what "in the future" means across time zones."""

from datetime import timedelta

from odoo import fields


def latest_today():
    """The latest calendar date that is already today somewhere (UTC+14).

    Users of one gallery work in several time zones, and a date written from
    one user's "today" is checked in another's: a past-event date is refused
    only when it is after this date, i.e. not yet reached anywhere.
    """
    return (fields.Datetime.now() + timedelta(hours=14)).date()
