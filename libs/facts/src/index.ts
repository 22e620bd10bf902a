export { FactsModule, factsDatabase } from './facts.module';
