/**
 * Internal dependencies
 */
import type {
	Brand,
	BrandInput,
	BrandKey,
	CreatedBrandKey,
	LicensedProduct,
	LicensedProductInput,
} from '../../api/licenses';
import type { ApiError } from '../../api/types';

export type QueryStatus = 'idle' | 'loading' | 'success' | 'error';

/** One list the store loads whole (brands, a brand's products or keys). */
export interface ListState< T > {
	readonly items: readonly T[];
	readonly status: QueryStatus;
	readonly error: ApiError | null;
}

export type ListName = 'products' | 'keys';

export interface State {
	readonly brands: ListState< Brand >;
	/** A brand's licensed products, by brand slug. */
	readonly products: Readonly<
		Record< string, ListState< LicensedProduct > >
	>;
	/** A brand's API keys (never their secrets), by brand slug. */
	readonly keys: Readonly< Record< string, ListState< BrandKey > > >;
}

export type Action =
	| { type: 'START_BRANDS' }
	| { type: 'RECEIVE_BRANDS'; items: readonly Brand[] }
	| { type: 'FAIL_BRANDS'; error: ApiError }
	| { type: 'RECEIVE_BRAND'; brand: Brand }
	| { type: 'START_BRAND_LIST'; list: ListName; brand: string }
	| {
			type: 'RECEIVE_BRAND_LIST';
			list: ListName;
			brand: string;
			items: readonly ( LicensedProduct | BrandKey )[];
	  }
	| {
			type: 'FAIL_BRAND_LIST';
			list: ListName;
			brand: string;
			error: ApiError;
	  }
	| { type: 'RECEIVE_BRAND_PRODUCT'; product: LicensedProduct }
	| { type: 'RECEIVE_BRAND_KEY'; key: BrandKey };

/**
 * The part of @wordpress/data's thunk arguments our thunks use.
 */
export interface ThunkArgs {
	dispatch: ( ( action: Action ) => void ) & {
		invalidateResolution: ( selectorName: string, args: unknown[] ) => void;
	};
	resolveSelect: {
		getBrands: () => Promise< readonly Brand[] >;
	};
}

export type {
	Brand,
	BrandInput,
	BrandKey,
	CreatedBrandKey,
	LicensedProduct,
	LicensedProductInput,
};
