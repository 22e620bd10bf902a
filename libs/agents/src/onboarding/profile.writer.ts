import { Injectable } from '@nestjs/common';
import type { ProfileArgs } from './profile.tools';

/**
 * Writes profile facts to the modules that own them (identity: birth date, sex, height,
 * activity; goals: today's weight). Each destination is used only through its exported service.
 */
@Injectable()
export class ProfileWriter {
  async write(_userId: string, _args: ProfileArgs, _now: Date): Promise<string[]> {
    return [];
  }
}
