public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmNicByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmNicByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "e9b95a50988e3f5f124bf42f35f8410f",
              "vmInstanceUuid": "1b80619ce87711a3eea1d8f2061ea090",
              "l3NetworkUuid": "25620c8897078b1775bb9805c977da2e",
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
                  "uuid": "f441270e602fd0ddc9a3e962e1eac4b9",
                  "ipRangeUuid": "56126de2b4bc01b004b895bbfdafd3ff",
                  "l3NetworkUuid": "202cb86059453e697aefbd4e5d460ff6",
                  "ipVersion": 1,
                  "ip": "ip",
                  "netmask": "netmask",
                  "gateway": "gateway",
                  "usedFor": "usedFor",
                  "ipInLong": 1,
                  "ipInBinary": [
                    1
                  ],
                  "vmNicUuid": "7bc4dd36782fb8f111ed67112994e42d",
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
    public func queryVmNicByUuid(
        _ request: QueryVmNicByUuid.Request
    ) async throws -> QueryVmNicByUuid.Response {
        try Self.example(QueryVmNicByUuid.Response.self, json: Self.queryVmNicByUuidExample)
    }
}
