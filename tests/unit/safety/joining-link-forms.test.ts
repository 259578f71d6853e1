import { describe, expect, it } from 'vitest';
import { findJoiningLink } from '../../../src/lib/content/joining-link.ts';

// Real forms of meeting links as people paste them (ids made up).
const refused: [string, string][] = [
  ['Teams meeting', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA5@thread.v2/0?context=%7b%22Tid%22%7d'],
  ['Teams, new short form', 'https://teams.microsoft.com/meet/2345678901234?p=AbCdEf'],
  ['Teams for government', 'https://gov.teams.microsoft.us/l/meetup-join/19%3ameeting_x@thread.v2/0'],
  ['Teams personal', 'https://teams.live.com/meet/9388123456789'],
  ['Teams without a scheme', 'teams.microsoft.com/l/meetup-join/19:meeting_abc'],
  ['Teams in upper case', 'HTTPS://TEAMS.MICROSOFT.COM/L/MEETUP-JOIN/19:MEETING'],
  ['Teams app link', 'msteams:/l/meetup-join/19:meeting_abc@thread.v2/0'],
  ['Teams with HTML entities', 'teams&#46;microsoft&#46;com/l/meetup-join/19:meeting'],
  ['Teams percent-encoded dots', 'https://teams%2Emicrosoft%2Ecom/l/meetup-join/19'],
  ['Teams split by Markdown emphasis', 'https://teams.microsoft.com/l/**meetup-join**/19:meeting'],
  ['Zoom on a regional subdomain', 'https://us02web.zoom.us/j/81234567890?pwd=abc'],
  ['Zoom personal room', 'https://zoom.us/my/jane.smith'],
  ['Zoom webinar', 'https://example.zoom.us/w/91234567890'],
  ['Zoom app link', 'zoommtg://zoom.us/join?confno=81234567890'],
  ['Zoom for government', 'https://nih.zoomgov.com/j/1612345678'],
  ['Google Meet', 'https://meet.google.com/abc-defg-hij'],
  ['Google Meet short link', 'https://g.co/meet/abc-defg-hij'],
  ['Webex meeting', 'https://acme.webex.com/meet/jane.smith'],
  ['Webex join', 'https://acme.webex.com/acme/j.php?MTID=m1234'],
  ['GoTo Meeting', 'https://meet.goto.com/123456789'],
  ['GoTo Meeting, older domain', 'https://global.gotomeeting.com/join/123456789'],
  ['Whereby room', 'https://whereby.com/northmere-ect-clinic'],
  ['Jitsi', 'https://meet.jit.si/NorthmereClinic'],
  ['a shortened link', 'https://bit.ly/3xYzAbC'],
  ['a TinyURL', 'tinyurl.com/ect-clinic-2026'],
];

const allowed: [string, string][] = [
  ['a Microsoft short link (only Microsoft makes them)', 'https://aka.ms/JoinTeamsMeeting?omkt=en-GB'],
  ['the Teams download page', 'https://www.microsoft.com/en-gb/microsoft-teams/download-app'],
  ['Zoom help', 'https://support.zoom.com/hc/en/article?id=zm_kb'],
  ['a GOV.UK page', 'https://www.gov.uk/government/publications/induction-for-early-career-teachers-england'],
  ['the Google Meet home page', 'https://meet.google.com/'],
  ['a school website with "zoom" in it', 'https://www.zoomschool.example.org/j/'],
  ['words only', 'The joining link is emailed to you two days before.'],
];

describe('joining links', () => {
  it.each(refused)('finds %s', (_name, text) => {
    expect(findJoiningLink(`Join here: ${text} today`)).toBeDefined();
  });

  it.each(allowed)('lets %s through', (_name, text) => {
    expect(findJoiningLink(text)).toBeUndefined();
  });
});
