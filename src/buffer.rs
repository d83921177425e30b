//! The size of the buffers outputs are written, compared and read
//! through: one number for every producer (the text, the table, the
//! history), the sinks that compare with the files on disk, and the readers
//! of released editions. A leaf module, so that each of them can share it
//! without depending on the others.

/// The size of a buffer, in bytes.
pub const CHUNK: usize = 64 * 1024;
