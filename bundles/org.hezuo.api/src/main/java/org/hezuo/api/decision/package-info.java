/** Decisions: outcome, findings with clauses, computed values, field errors. */
@Export
@Version("1.1.0")
package org.hezuo.api.decision;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
