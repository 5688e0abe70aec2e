/**
 * Makes the logged-in agent's workitems: ids per flavour, realistic ctiData (call and ECC
 * variables, queue, CCE call keys), the phone call record and the CRM lookup.
 *
 * @module
 */
import type { Classification, Direction, WireActivityRecord, WireCrmRecord } from '../cil/index.js';
import type { Agenda } from './clock.js';
import type { AgentBucket, SimQueue } from './contact-centre.js';
import type { Flavour } from './options.js';
import type { SimWorkitem, WorkitemOwner } from './payloads.js';
import type { Prng } from './prng.js';

/** What a new workitem is. */
export interface WorkitemSpec {
  /** `Incoming` or `Outgoing`. */
  readonly direction: Direction;
  /** Work item class. */
  readonly classification: Classification;
  /** The other party's address. */
  readonly remote: string;
  /** Initial state (`Offered` or `Initiated`). */
  readonly state: SimWorkitem['state'];
  /** ctiData beyond the defaults. */
  readonly ctiData: Record<string, string>;
  /** Where the agent counts while on it. */
  readonly bucket: AgentBucket;
  /** Whether it goes through wrap-up. */
  readonly wrapupAfter: boolean;
  /** The caller's name for the CRM lookup; empty when unknown. */
  readonly callerName: string;
}

/** Builds workitems deterministically from the simulation's PRNG. */
export class WorkitemFactory {
  private next = 1;

  constructor(
    private readonly flavour: Flavour,
    private readonly agenda: Agenda,
    private readonly prng: Prng,
    private readonly owner: WorkitemOwner,
  ) {}

  /** A new workitem. */
  create(spec: WorkitemSpec): SimWorkitem {
    const n = this.next++;
    const id = this.flavour === 'WxCC' ? this.prng.uuid() : String(16_777_300 + n);
    const ctiData: Record<string, string> = { mediaId: '1', wrapUpReason: '', ...spec.ctiData };
    if (this.flavour === 'CCE') {
      ctiData.callKeyCallId = String(2000 + n);
      ctiData.callKeyPrefix = String(Math.floor(this.agenda.time / 86_400_000) - 38_000);
    }
    const lookup = this.lookup(spec.callerName);
    return {
      id,
      state: spec.state,
      classification: spec.classification,
      direction: spec.direction,
      remote: spec.remote,
      participants:
        spec.direction === 'Outgoing'
          ? [this.owner.extension]
          : [spec.remote, this.owner.extension],
      ctiData,
      // "It is possible that the activity is undefined for the workitemCreate event."
      activity: this.prng.chance(0.5) ? this.activityRecord() : undefined,
      activityName: `PHN${String(1_000_000 + n)}`,
      associatedParticipant: lookup.length === 1 ? lookup[0] : undefined,
      participantLookupResult: lookup,
      connectedAt: undefined,
      bucket: spec.bucket,
      wrapupAfter: spec.wrapupAfter,
      timer: undefined,
    };
  }

  /** ctiData of a call routed from `queue`. */
  inboundCtiData(queue: SimQueue | undefined): Record<string, string> {
    const prng = this.prng;
    const data: Record<string, string> = {
      callType: 'ACD_IN',
      dialedNumber: queue ? `+41800${queue.number}` : '+41800000000',
      DNIS: queue ? queue.number : '8000',
      callVariable1: `CH-${String(prng.int(1_000_000)).padStart(6, '0')}`,
      callVariable2: prng.pick(['EN', 'DE', 'FR', 'IT']),
      callVariable3: prng.pick(['1', '2', '3', '9']),
      'user.CustomerSegment': prng.pick(['Standard', 'Gold', 'Platinum']),
      'user.Intent': prng.pick(['billing', 'order', 'support', 'cancel', 'info']),
    };
    if (queue) {
      data.queueName = queue.name;
      data.queueNumber = queue.number;
    }
    return data;
  }

  /** A new phone call record. */
  activityRecord(): WireActivityRecord {
    return { id: this.sysId(), recordType: 'phonecall' };
  }

  private lookup(callerName: string): WireCrmRecord[] {
    if (callerName === '') return [];
    const record = { id: this.sysId(), name: callerName, recordType: 'customer_contact' };
    // Now and then the lookup is ambiguous: two contacts match, none is assigned.
    if (this.prng.chance(0.1)) {
      return [
        record,
        { id: this.sysId(), name: `${callerName} (2)`, recordType: 'customer_contact' },
      ];
    }
    return [record];
  }

  /** A ServiceNow sys_id: 32 hex digits. */
  private sysId(): string {
    return this.prng.hex(32);
  }
}
