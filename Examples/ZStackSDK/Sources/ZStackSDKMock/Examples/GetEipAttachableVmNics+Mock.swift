public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetEipAttachableVmNics``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getEipAttachableVmNicsExample = #"""
        {
          "inventories": [
            {
              "uuid": "ab0989439d4aa043537a95b23e1efdcc",
              "vmInstanceUuid": "bdc09264a960793bfb6fac875d9c8b79",
              "l3NetworkUuid": "32a75cc57092eef7212fd0fae76445eb",
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
                  "uuid": "1ce73354e028a2514556a7cc6419f9d5",
                  "ipRangeUuid": "1e8ae077c4bc0dccbc4b3cff86aad153",
                  "l3NetworkUuid": "aa0087c196f45b59422d09ee016a8100",
                  "ipVersion": 1,
                  "ip": "ip",
                  "netmask": "netmask",
                  "gateway": "gateway",
                  "usedFor": "usedFor",
                  "ipInLong": 1,
                  "ipInBinary": [
                    1
                  ],
                  "vmNicUuid": "0b949251cf7ac1dd94b2c498e4a40897",
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
          ],
          "start": 1,
          "more": true,
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getEipAttachableVmNics(
        _ request: GetEipAttachableVmNics.Request
    ) async throws -> GetEipAttachableVmNics.Response {
        try Self.example(GetEipAttachableVmNics.Response.self, json: Self.getEipAttachableVmNicsExample)
    }
}
