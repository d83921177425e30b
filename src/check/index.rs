//! Finding a data category by id without a second copy of the ids.
//!
//! The categories are the bulk of a large policy. A `HashMap<String, _>`
//! would copy every id, and a `HashMap<&str, _>` would borrow the list the
//! checker is still filling in; this index stores positions only and
//! compares against the list it is given.

use std::hash::BuildHasher;

use hashbrown::{DefaultHashBuilder, HashTable};

use crate::model::DataCategory;

/// Positions in a list of data categories, found by id.
#[derive(Debug, Default)]
pub struct DataIndex {
    hasher: DefaultHashBuilder,
    /// Each category's position with the hash of its id, so that growing
    /// the table and most mismatches never read an id.
    positions: HashTable<(u64, u32)>,
}

impl DataIndex {
    /// An empty index with room for `capacity` categories.
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            hasher: DefaultHashBuilder::default(),
            positions: HashTable::with_capacity(capacity),
        }
    }

    /// The position of `id` in `data`, the list this index was filled from.
    pub fn get(&self, data: &[DataCategory], id: &str) -> Option<usize> {
        let hash = self.hasher.hash_one(id);
        self.positions
            .find(hash, |&(other, at)| {
                other == hash && id_at(data, at) == Some(id)
            })
            .map(|&(_, at)| at as usize)
    }

    /// Records that `data[position]` is a category, whose id must not be in
    /// the index yet. Positions past `u32::MAX` are not recorded; a file
    /// that large is refused long before.
    pub fn insert(&mut self, data: &[DataCategory], position: usize) {
        let (Ok(at), Some(id)) = (u32::try_from(position), data.get(position)) else {
            return;
        };
        let hash = self.hasher.hash_one(id.id.as_str());
        self.positions
            .insert_unique(hash, (hash, at), |&(hash, _)| hash);
    }
}

fn id_at(data: &[DataCategory], at: u32) -> Option<&str> {
    data.get(at as usize).map(|d| d.id.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn category(id: &str) -> DataCategory {
        DataCategory {
            id: id.to_owned(),
            label: id.to_owned(),
            parent: None,
            description: None,
            source: None,
            sources: Vec::new(),
            identity: crate::model::Identity::Identified,
            when_combined: false,
            short: None,
            special: None,
            sensitive: None,
            ccpa_categories: Vec::new(),
            examples: Vec::new(),
            examples_open: false,
            requirement: None,
            collected: None,
            retention: Vec::new(),
            retention_rule: crate::model::RetentionRule::Last,
            retention_end: None,
            backups: None,
            purpose_retention: Vec::new(),
            fides: None,
            anonymised_by: None,
            required_by: None,
        }
    }

    #[test]
    fn finds_every_category_by_id_and_nothing_else() {
        let data: Vec<DataCategory> = (0..1000).map(|i| category(&format!("c{i}"))).collect();
        let mut index = DataIndex::with_capacity(10);
        for position in 0..data.len() {
            index.insert(&data, position);
        }
        for (position, category) in data.iter().enumerate() {
            assert_eq!(index.get(&data, &category.id), Some(position));
        }
        assert_eq!(index.get(&data, "c1000"), None);
        assert_eq!(index.get(&data, ""), None);
    }

    #[test]
    fn a_position_outside_the_list_is_not_recorded() {
        let data = vec![category("a")];
        let mut index = DataIndex::default();
        index.insert(&data, 5);
        assert_eq!(index.get(&data, "a"), None);
        index.insert(&data, 0);
        assert_eq!(index.get(&data, "a"), Some(0));
        assert!(index.get(&data, "b").is_none());
    }
}
