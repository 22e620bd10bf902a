// Deliberately wrong: a formula library reaching for a store driver.
import { MongoClient } from 'mongodb';

export const impure = MongoClient;
