// Short random record ids (4 base-36 characters + prefix): a year of 400 activities × 200 attendees
// repeats member ids 80 000 times, so their length decides most of the stored size.
export function newRecordId(prefix: string, taken: (id: string) => boolean): string {
  for (;;) {
    let s = prefix;
    while (s.length < prefix.length + 4) s += Math.floor(Math.random() * 36).toString(36);
    if (!taken(s)) return s;
  }
}
