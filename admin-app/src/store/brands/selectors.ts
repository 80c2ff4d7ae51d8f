/**
 * Internal dependencies
 */
import type { ApiError } from '../../api/types';
import { EMPTY_LIST } from './constants';
import type {
	Brand,
	BrandKey,
	LicensedProduct,
	QueryStatus,
	State,
} from './types';

/**
 * @param state Store state.
 * @return Every brand (resolved from the REST API), a stable reference.
 */
export function getBrands( state: State ): readonly Brand[] {
	return state.brands.items;
}

export function getBrandsStatus( state: State ): QueryStatus {
	return state.brands.status;
}

export function getBrandsError( state: State ): ApiError | null {
	return state.brands.error;
}

/**
 * @param state Store state.
 * @param slug  Brand slug.
 * @return A loaded brand, or undefined.
 */
export function getBrand( state: State, slug: string ): Brand | undefined {
	return state.brands.items.find( ( brand ) => brand.slug === slug );
}

/**
 * @param state Store state.
 * @param brand Brand slug.
 * @return The brand's licensed products (resolved), a stable reference.
 */
export function getBrandProducts(
	state: State,
	brand: string
): readonly LicensedProduct[] {
	return ( state.products[ brand ] ?? EMPTY_LIST ).items;
}

export function getBrandProductsStatus(
	state: State,
	brand: string
): QueryStatus {
	return ( state.products[ brand ] ?? EMPTY_LIST ).status;
}

export function getBrandProductsError(
	state: State,
	brand: string
): ApiError | null {
	return ( state.products[ brand ] ?? EMPTY_LIST ).error;
}

/**
 * @param state Store state.
 * @param brand Brand slug.
 * @return The brand's API keys (resolved), a stable reference.
 */
export function getBrandKeys(
	state: State,
	brand: string
): readonly BrandKey[] {
	return ( state.keys[ brand ] ?? EMPTY_LIST ).items;
}

export function getBrandKeysStatus( state: State, brand: string ): QueryStatus {
	return ( state.keys[ brand ] ?? EMPTY_LIST ).status;
}

export function getBrandKeysError(
	state: State,
	brand: string
): ApiError | null {
	return ( state.keys[ brand ] ?? EMPTY_LIST ).error;
}
