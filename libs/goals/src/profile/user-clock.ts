import { Inject, Injectable } from '@nestjs/common';
import { IsoDate, localDate } from '@welness/nutrition';
import { notFound } from '@welness/platform';
import { PROFILE_SOURCE, ProfileSource } from './profile.source';

/**
 * A user's calendar: their IANA time zone (from the profile identity owns) and the local date
 * of an instant in it. The one place "today in the user's time zone" is computed.
 */
@Injectable()
export class UserClock {
  constructor(@Inject(PROFILE_SOURCE) private readonly profiles: ProfileSource) {}

  /** The user's time zone; 404 when there is no such user. */
  async timeZone(userId: string): Promise<string> {
    const p = await this.profiles.get(userId);
    if (!p) throw notFound('User');
    return p.timeZone;
  }

  /** The user's local date of an instant. */
  async localDay(userId: string, at: Date): Promise<IsoDate> {
    return localDate(at, await this.timeZone(userId));
  }

  /** Today in the user's time zone. */
  async userToday(userId: string): Promise<IsoDate> {
    return this.todayIn(await this.timeZone(userId));
  }

  /** Today in a time zone already read (with the rest of the profile). */
  todayIn(timeZone: string): IsoDate {
    return localDate(new Date(), timeZone);
  }
}
