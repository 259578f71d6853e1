"""Reads calendar files with Python's icalendar package, a parser independent of
ical.js and of the library that wrote them, and prints every event's UID, status
and UTC start and end as JSON. Usage: python3 read-feeds.py FILE..."""
import json
import sys
from datetime import datetime, timezone

from icalendar import Calendar

out = {}
for path in sys.argv[1:]:
    with open(path, 'rb') as handle:
        calendar = Calendar.from_ical(handle.read())
    zones = {str(c.get('TZID')) for c in calendar.walk('VTIMEZONE')}
    events = []
    for event in calendar.walk('VEVENT'):
        start = event.decoded('DTSTART')
        end = event.decoded('DTEND')
        tzid = event.get('DTSTART').params.get('TZID')
        if isinstance(start, datetime):
            if start.tzinfo is None:
                raise SystemExit(f'{path}: {event.get("UID")} has a floating start time')
            start = start.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
            end = end.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
        else:
            start, end = start.isoformat(), end.isoformat()
        events.append({'uid': str(event.get('UID')), 'status': str(event.get('STATUS', '')), 'start': start, 'end': end, 'tzid': tzid, 'tzidDeclared': tzid is None or tzid in zones})
    out[path] = events
print(json.dumps(out))
