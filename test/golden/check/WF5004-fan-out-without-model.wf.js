// WF5004: a reviewer per file, and a helper the checker gate calls, without a model.
export const meta = {
  name: 'review-files',
  description: 'Review each file and keep the reviews a checker accepts',
}

const FILES = ['src/a.ts', 'src/b.ts']

async function accepts(review) {
  const verdict = await agent(`Is this review specific? Answer yes or no.\n${review}`, { label: 'accept' })
  return verdict?.trim() === 'yes'
}

const reviews = await parallel(FILES.map((file) => () => agent(`Review ${file}`, { label: 'review' })))
const accepted = await gate(reviews.filter(Boolean), (r) => accepts(r), { each: true, onFail: 'drop', label: 'accepted' })
return accepted
