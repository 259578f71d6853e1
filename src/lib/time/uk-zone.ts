/** Every date and time a hub writes is UK time: pages say "(UK time)" and feeds say TZID=Europe/London. */
export const ukZone = 'Europe/London';
