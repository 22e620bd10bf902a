export { GoalsModule, goalsDatabase } from './goals.module';
