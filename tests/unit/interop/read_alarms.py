#!/usr/bin/python3
# Reads an iCalendar file as a calendar client does (python3-icalendar) and
# prints each alarm of each event: what it is related to, its offset and
# what it says. The dav_payloads test checks Rapport's alarm reads right.
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())
for event in calendar.walk("VEVENT"):
    for alarm in event.walk("VALARM"):
        trigger = alarm.get("TRIGGER")
        related = trigger.params.get("RELATED", "START")
        print(f"{event.get('SUMMARY')} | {related} {trigger.dt} | {alarm.get('ACTION')} | "
              f"{alarm.get('DESCRIPTION')}")
