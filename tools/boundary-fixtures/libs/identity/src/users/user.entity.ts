export class FixtureUser {
  id = '';
}
