import {enableCopyButtons} from './copy.js'

enableCopyButtons()
