public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmInstanceDeviceAddressGroupByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmInstanceDeviceAddressGroupByUuidExample = #"""
        {
          "inventories": [
            {
              "uuid": "90c77e514e32dcc467db941e556e5115",
              "resourceUuid": "3a7ac6305baa62485845a0c2e645f56c",
              "vmInstanceUuid": "3d7353972a1a7074c4ae16254c58631f",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "addressList": [
                {
                  "id": 1,
                  "resourceUuid": "a47ef0317421b855817b927c5f7e6fa0",
                  "vmInstanceUuid": "9c75a214c880806990b25dbea1414659",
                  "deviceAddress": "deviceAddress",
                  "addressGroupUuid": "fe247adfc7eec14e5a801a0a1089dfc1",
                  "metadata": "metadata",
                  "metadataClass": "metadataClass",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ]
            }
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVmInstanceDeviceAddressGroupByUuid(
        _ request: QueryVmInstanceDeviceAddressGroupByUuid.Request
    ) async throws -> QueryVmInstanceDeviceAddressGroupByUuid.Response {
        try Self.example(QueryVmInstanceDeviceAddressGroupByUuid.Response.self, json: Self.queryVmInstanceDeviceAddressGroupByUuidExample)
    }
}
