export { AgentsModule, agentsDatabase } from './agents.module';
