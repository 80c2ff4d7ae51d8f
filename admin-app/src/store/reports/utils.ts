export { getQueryKey } from '../gifts/utils';
