// Deliberately wrong: a service holding TypeORM instead of a repository.
import { Repository } from 'typeorm';

export class PlansService {
  constructor(readonly plans: Repository<object>) {}
}
