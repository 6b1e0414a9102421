/// The seed page's response example, verbatim.
let seedResponseExample = """
    { "inventory": { "vmInstanceUuid": "321e85ca08b335e09f172041f7e710b5", "qgaState": "Running", \
    "zwatchState": "Running", "version": "4.6.11", "platform": "Kylin", "osType": "Kylin" } }
    """

/// A failure reply as ZStack sends it, with a cause and the newer fields that the spec does not list.
let failureReply = """
    {"error": {"code": "SYS.1006", "description": "An operation failed", "details": "guest tools not reachable",
     "location": "VmInstanceBase.java:1024", "cost": "3ms",
     "cause": {"code": "SYS.1001", "description": "A message or an operation timeout", "details": "qga timeout"}}}
    """

/// A reply that accepts an asynchronous call, naming a host that the client must not contact.
func acceptedReply(job: String = "3a0b6ef4a8b24c8f9e0d1c2b3a4f5e6d") -> ScriptedReply {
    ScriptedReply(.accepted, #"{"location": "http://zstack-mn.invalid:8080/zstack/v1/api-jobs/\#(job)"}"#)
}

/// The result of a finished CreateZone job.
let createZoneResult = """
    {"inventory": {"uuid": "c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9b", "name": "zone-1", "description": "first zone",
     "state": "Enabled", "type": "zstack", "createDate": "Jan 6, 2017 3:51:16 AM",
     "lastOpDate": "Jan 6, 2017 3:51:16 AM"}}
    """
