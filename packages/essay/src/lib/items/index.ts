/** Stage 4, items: the strategies a strategies section lists, each with its title and place. */
export {extractItems} from './items.js'
