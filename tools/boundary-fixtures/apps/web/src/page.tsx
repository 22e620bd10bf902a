// Deliberately wrong: the SPA importing server code instead of the generated contract.
import { identityApi } from '../../../libs/identity/src/index';

export const Page = () => <p>{identityApi}</p>;
