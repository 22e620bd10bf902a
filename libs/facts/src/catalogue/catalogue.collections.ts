/** Collection names, apart from the repository so worker threads load no framework code. */
export const PRODUCTS_COLLECTION = 'products';
export const SOURCES_COLLECTION = 'product_sources';
