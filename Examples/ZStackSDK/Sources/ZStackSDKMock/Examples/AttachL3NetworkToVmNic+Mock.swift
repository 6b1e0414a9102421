public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachL3NetworkToVmNic``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachL3NetworkToVmNicExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "d62cff576dffba75435334fb2db359d7",
            "vmInstanceUuid": "7c554030cbdf690942a09cfdc2668f04",
            "l3NetworkUuid": "443f6ac4393d2f45fde565cd47030793",
            "ip": "ip",
            "mac": "mac",
            "hypervisorType": "hypervisorType",
            "netmask": "netmask",
            "gateway": "gateway",
            "metaData": "metaData",
            "ipVersion": 1,
            "driverType": "driverType",
            "usedIps": [
              {
                "uuid": "6b7e9e7974a1fc8712de3864f8fca456",
                "ipRangeUuid": "3d9f718b85a6cd728d2af4b165a00da2",
                "l3NetworkUuid": "43a6b54e860595b796b6f289a45cc3e2",
                "ipVersion": 1,
                "ip": "ip",
                "netmask": "netmask",
                "gateway": "gateway",
                "usedFor": "usedFor",
                "ipInLong": 1,
                "ipInBinary": [
                  1
                ],
                "vmNicUuid": "3cc45f1f9ad40087a9532d655f9c00e5",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "internalName": "internalName",
            "deviceId": 1,
            "type": "type",
            "state": "state",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func attachL3NetworkToVmNic(
        _ request: AttachL3NetworkToVmNic.Request
    ) async throws -> AttachL3NetworkToVmNic.Response {
        try Self.example(AttachL3NetworkToVmNic.Response.self, json: Self.attachL3NetworkToVmNicExample)
    }
}
