/**
 * Internal dependencies
 */
import {
	fetchBrandKeys,
	fetchBrandProducts,
	fetchBrands,
} from '../../api/licenses';
import { toApiError } from '../../api/errors';
import {
	failBrandList,
	failBrands,
	receiveBrandList,
	receiveBrands,
	startBrandList,
	startBrands,
} from './actions';
import type { ThunkArgs } from './types';

/**
 * Loads every brand. Errors are stored (getBrandsError), not thrown.
 */
export const getBrands =
	() =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		dispatch( startBrands() );
		try {
			dispatch( receiveBrands( ( await fetchBrands() ).items ) );
		} catch ( error ) {
			dispatch( failBrands( await toApiError( error ) ) );
		}
	};

/**
 * Loads a brand's licensed products.
 *
 * @param brand Brand slug.
 */
export const getBrandProducts =
	( brand: string ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		dispatch( startBrandList( 'products', brand ) );
		try {
			const page = await fetchBrandProducts( brand );
			dispatch( receiveBrandList( 'products', brand, page.items ) );
		} catch ( error ) {
			dispatch(
				failBrandList( 'products', brand, await toApiError( error ) )
			);
		}
	};

/**
 * Loads a brand's API keys.
 *
 * @param brand Brand slug.
 */
export const getBrandKeys =
	( brand: string ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		dispatch( startBrandList( 'keys', brand ) );
		try {
			const page = await fetchBrandKeys( brand );
			dispatch( receiveBrandList( 'keys', brand, page.items ) );
		} catch ( error ) {
			dispatch(
				failBrandList( 'keys', brand, await toApiError( error ) )
			);
		}
	};

/**
 * A brand comes with the list of every brand.
 */
export const getBrand =
	() =>
	async ( { resolveSelect }: ThunkArgs ): Promise< void > => {
		await resolveSelect.getBrands();
	};
