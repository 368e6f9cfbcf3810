// Runs the paid booking journey in a process of its own, so that it starts with NODE_EXTRA_CA_CERTS (Node
// reads it only at start) and trusts the runtime's certificate authority as a user's Node would.
//
//   node paid-booking-process.mjs '<system as JSON>' <apartmentId>
import { paidBooking } from './booking-flows.mjs';

const [system, apartmentId] = [JSON.parse(process.argv[2]), process.argv[3]];
try {
  await paidBooking(system, apartmentId);
  process.exit(0);
} catch (failure) {
  console.error(failure);
  process.exit(1);
}
