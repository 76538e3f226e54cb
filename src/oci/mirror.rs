//! Image mirroring.
