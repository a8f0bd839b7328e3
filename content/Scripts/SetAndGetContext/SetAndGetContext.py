args = demisto.args()
key = args['key']
if args.get('value') is not None:
    demisto.executeCommand('setContext', {'key': key, 'value': args['value']})
    demisto.log('set %s' % key)
context = demisto.executeCommand('getContext', {})[0]['Contents']
demisto.results(context)
