public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmNic``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmNicExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "4c3cdf9eabba6be3379778210853fe43",
              "vmInstanceUuid": "cf12123a44dc0c9bd5f3e022b3eaeef5",
              "l3NetworkUuid": "95cd0f769a99b117ae7929e28f8e25b1",
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
                  "uuid": "b25e9b8af6ebb451c05a830770b448e1",
                  "ipRangeUuid": "575bed3de33456b49429c204c4d0393b",
                  "l3NetworkUuid": "84807c344157ed91a5493a87bbea3bf1",
                  "ipVersion": 1,
                  "ip": "ip",
                  "netmask": "netmask",
                  "gateway": "gateway",
                  "usedFor": "usedFor",
                  "ipInLong": 1,
                  "ipInBinary": [
                    1
                  ],
                  "vmNicUuid": "fce98566268625153519cc8bd2f83282",
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
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVmNic(
        _ request: QueryVmNic.Request
    ) async throws -> QueryVmNic.Response {
        try Self.example(QueryVmNic.Response.self, json: Self.queryVmNicExample)
    }
}
