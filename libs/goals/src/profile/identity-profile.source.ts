import { Injectable } from '@nestjs/common';
import { UsersService } from '@welness/identity';
import { ProblemException } from '@welness/platform';
import { ProfileSource, TrackingProfile } from './profile.source';

/** Reads the profile through identity's exported UsersService (never its tables). */
@Injectable()
export class IdentityProfileSource implements ProfileSource {
  constructor(private readonly users: UsersService) {}

  async get(userId: string): Promise<TrackingProfile | null> {
    try {
      const u = await this.users.get(userId);
      return {
        userId: u.id,
        timeZone: u.timeZone,
        birthDate: u.birthDate,
        sex: u.sex,
        heightCm: u.heightCm,
        activityLevel: u.activityLevel,
      };
    } catch (err) {
      if (err instanceof ProblemException && err.status === 404) return null;
      throw err;
    }
  }
}
