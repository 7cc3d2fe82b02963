/** California's 58 counties, each with one superior court and one sheriff's office. */
export const COUNTIES = [
  'Alameda', 'Alpine', 'Amador', 'Butte', 'Calaveras', 'Colusa', 'Contra Costa', 'Del Norte', 'El Dorado', 'Fresno',
  'Glenn', 'Humboldt', 'Imperial', 'Inyo', 'Kern', 'Kings', 'Lake', 'Lassen', 'Los Angeles', 'Madera', 'Marin',
  'Mariposa', 'Mendocino', 'Merced', 'Modoc', 'Mono', 'Monterey', 'Napa', 'Nevada', 'Orange', 'Placer', 'Plumas',
  'Riverside', 'Sacramento', 'San Benito', 'San Bernardino', 'San Diego', 'San Francisco', 'San Joaquin',
  'San Luis Obispo', 'San Mateo', 'Santa Barbara', 'Santa Clara', 'Santa Cruz', 'Shasta', 'Sierra', 'Siskiyou',
  'Solano', 'Sonoma', 'Stanislaus', 'Sutter', 'Tehama', 'Trinity', 'Tulare', 'Tuolumne', 'Ventura', 'Yolo', 'Yuba',
] as const;

/** County seats, for the main courthouse's city. */
export const COUNTY_SEATS: Record<(typeof COUNTIES)[number], string> = {
  Alameda: 'Oakland', Alpine: 'Markleeville', Amador: 'Jackson', Butte: 'Oroville', Calaveras: 'San Andreas',
  Colusa: 'Colusa', 'Contra Costa': 'Martinez', 'Del Norte': 'Crescent City', 'El Dorado': 'Placerville',
  Fresno: 'Fresno', Glenn: 'Willows', Humboldt: 'Eureka', Imperial: 'El Centro', Inyo: 'Independence',
  Kern: 'Bakersfield', Kings: 'Hanford', Lake: 'Lakeport', Lassen: 'Susanville', 'Los Angeles': 'Los Angeles',
  Madera: 'Madera', Marin: 'San Rafael', Mariposa: 'Mariposa', Mendocino: 'Ukiah', Merced: 'Merced', Modoc: 'Alturas',
  Mono: 'Bridgeport', Monterey: 'Salinas', Napa: 'Napa', Nevada: 'Nevada City', Orange: 'Santa Ana', Placer: 'Auburn',
  Plumas: 'Quincy', Riverside: 'Riverside', Sacramento: 'Sacramento', 'San Benito': 'Hollister',
  'San Bernardino': 'San Bernardino', 'San Diego': 'San Diego', 'San Francisco': 'San Francisco',
  'San Joaquin': 'Stockton', 'San Luis Obispo': 'San Luis Obispo', 'San Mateo': 'Redwood City',
  'Santa Barbara': 'Santa Barbara', 'Santa Clara': 'San Jose', 'Santa Cruz': 'Santa Cruz', Shasta: 'Redding',
  Sierra: 'Downieville', Siskiyou: 'Yreka', Solano: 'Fairfield', Sonoma: 'Santa Rosa', Stanislaus: 'Modesto',
  Sutter: 'Yuba City', Tehama: 'Red Bluff', Trinity: 'Weaverville', Tulare: 'Visalia', Tuolumne: 'Sonora',
  Ventura: 'Ventura', Yolo: 'Woodland', Yuba: 'Marysville',
};

/** Small courts that start with images only (no CARPOS data transmission). Demo assumption. */
export const IMAGES_ONLY_COUNTIES = new Set(['Alpine', 'Sierra', 'Modoc', 'Mono', 'Trinity', 'Marin', 'Plumas', 'Colusa']);

export const courtName = (county: string) => `Superior Court of California, County of ${county}`;
export const sheriffName = (county: string) =>
  county === 'San Francisco' ? 'San Francisco Sheriff’s Office' : `${county} County Sheriff’s Office`;
