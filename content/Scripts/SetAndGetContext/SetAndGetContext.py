args = demisto.args()
key = args['key']
if args.get('value') is not None:
    outcome = demisto.executeCommand('setContext', {'key': key, 'value': args['value']})
    if outcome and outcome[0].get('Type') == entryTypes['error']:
        return_error(outcome[0]['Contents'])
    demisto.log('set %s' % key)
context = demisto.executeCommand('getContext', {})[0]['Contents']['context']
demisto.results(context)
