const opts = { label: 'a' model: 'sonnet' }
