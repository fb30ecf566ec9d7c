export type { Quantity, QuantityFormat, QuantityInput } from './Quantity';
export { isQuantity } from './Quantity';
export { parseQuantity, isValidQuantity, quantityError } from './parseQuantity';
export {
  quantityValue,
  quantityMilliValue,
  quantityScaledValue,
} from './quantityValue';
export {
  subtractQuantities,
  addQuantities,
  compareQuantities,
} from './quantityArithmetic';
export { formatQuantity } from './formatQuantity';
