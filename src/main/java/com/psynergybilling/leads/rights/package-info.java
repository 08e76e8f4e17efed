/**
 * Privacy requests (R17 to R24): verification of the requester's address, access reports,
 * correction, deletion with its exceptions and legal holds, consent withdrawal and opt-outs,
 * decisions, appeals and the deadlines of each request, and reports of minors (R4). It reaches the
 * data of every component through the registry of {@code PersonalData} implementations.
 * <p>
 * It must never act on a request, nor look up whether an address is known, before the requester
 * proved control of the address (R17); never answer differently for a known and an unknown address;
 * never return a person's data in an HTTP answer (access reports go to the verified address only);
 * and never delete what a legal hold or a recorded exception keeps without naming it.
 */
package com.psynergybilling.leads.rights;
