/** Applies several property decorators as one, so a field that always needs the same set names it once. */
export const combineDecorators =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };
