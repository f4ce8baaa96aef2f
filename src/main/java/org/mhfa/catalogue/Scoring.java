package org.mhfa.catalogue;

/** How a scenario is scored: by the ending reached (static) or by the sum of the choices made (dynamic). */
public enum Scoring {
    STATIC, DYNAMIC
}
