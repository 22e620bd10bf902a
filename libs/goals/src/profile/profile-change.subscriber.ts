import { Injectable, OnModuleInit } from '@nestjs/common';
import { UsersService } from '@welness/identity';
import { GoalsService } from '../goals/goals.service';

/** A profile edit (age, height, activity level, time zone) changes targets: drop cached summaries. */
@Injectable()
export class ProfileChangeSubscriber implements OnModuleInit {
  constructor(
    private readonly users: UsersService,
    private readonly goals: GoalsService,
  ) {}

  onModuleInit(): void {
    this.users.onProfileChanged((userId) => this.goals.profileChanged(userId));
  }
}
