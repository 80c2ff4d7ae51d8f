/**
 * Internal dependencies
 */
import {
	createBrandKeyRequest,
	revokeBrandKeyRequest,
	saveBrandProductRequest,
	saveBrandRequest,
} from '../../api/licenses';
import type { ApiError } from '../../api/types';
import type {
	Action,
	Brand,
	BrandInput,
	BrandKey,
	CreatedBrandKey,
	LicensedProduct,
	LicensedProductInput,
	ListName,
	ThunkArgs,
} from './types';

export function startBrands(): Action {
	return { type: 'START_BRANDS' };
}

export function receiveBrands( items: readonly Brand[] ): Action {
	return { type: 'RECEIVE_BRANDS', items };
}

export function failBrands( error: ApiError ): Action {
	return { type: 'FAIL_BRANDS', error };
}

export function receiveBrand( brand: Brand ): Action {
	return { type: 'RECEIVE_BRAND', brand };
}

export function startBrandList( list: ListName, brand: string ): Action {
	return { type: 'START_BRAND_LIST', list, brand };
}

export function receiveBrandList(
	list: ListName,
	brand: string,
	items: readonly ( LicensedProduct | BrandKey )[]
): Action {
	return { type: 'RECEIVE_BRAND_LIST', list, brand, items };
}

export function failBrandList(
	list: ListName,
	brand: string,
	error: ApiError
): Action {
	return { type: 'FAIL_BRAND_LIST', list, brand, error };
}

/**
 * Loads the brands, or a brand's products or keys, again (a "Retry" button).
 *
 * @param list  What to reload: "brands", "products" or "keys".
 * @param brand Brand slug (products and keys).
 */
export const refreshBrandList =
	( list: 'brands' | ListName, brand = '' ) =>
	( { dispatch }: ThunkArgs ): void => {
		if ( list === 'brands' ) {
			dispatch.invalidateResolution( 'getBrands', [] );
		} else {
			dispatch.invalidateResolution(
				list === 'products' ? 'getBrandProducts' : 'getBrandKeys',
				[ brand ]
			);
		}
	};

/**
 * Creates a brand (no slug) or changes one.
 *
 * @param input Fields.
 * @param slug  Brand to change; omitted to create one.
 * @return The saved brand; rejects with an ApiError that can be shown.
 */
export const saveBrand =
	( input: BrandInput, slug?: string ) =>
	async ( { dispatch }: ThunkArgs ): Promise< Brand > => {
		const brand = await saveBrandRequest( input, slug );
		dispatch( receiveBrand( brand ) );
		return brand;
	};

/**
 * Creates a licensed product of a brand (no product slug) or changes one.
 *
 * @param brand   Brand slug.
 * @param input   Fields.
 * @param product Product slug to change; omitted to create one.
 * @return The saved product.
 */
export const saveBrandProduct =
	( brand: string, input: LicensedProductInput, product?: string ) =>
	async ( { dispatch }: ThunkArgs ): Promise< LicensedProduct > => {
		const saved = await saveBrandProductRequest( brand, input, product );
		dispatch( { type: 'RECEIVE_BRAND_PRODUCT', product: saved } );
		return saved;
	};

/**
 * Creates a brand API key. The store keeps the key without its secret: the
 * caller shows the secret once and forgets it.
 *
 * @param brand Brand slug.
 * @param name  What the key is for.
 * @return The key with its secret.
 */
export const createBrandKey =
	( brand: string, name: string ) =>
	async ( { dispatch }: ThunkArgs ): Promise< CreatedBrandKey > => {
		const created = await createBrandKeyRequest( brand, name );
		const { key: _secret, ...listed } = created;
		dispatch( { type: 'RECEIVE_BRAND_KEY', key: listed } );
		return created;
	};

/**
 * Revokes a brand API key (it stays listed, revoked).
 *
 * @param brand Brand slug.
 * @param id    Key id.
 * @return The revoked key.
 */
export const revokeBrandKey =
	( brand: string, id: number ) =>
	async ( { dispatch }: ThunkArgs ): Promise< BrandKey > => {
		const key = await revokeBrandKeyRequest( brand, id );
		dispatch( { type: 'RECEIVE_BRAND_KEY', key } );
		return key;
	};
