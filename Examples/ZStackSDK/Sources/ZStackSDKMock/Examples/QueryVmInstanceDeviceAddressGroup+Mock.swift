public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmInstanceDeviceAddressGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmInstanceDeviceAddressGroupExample = #"""
        {
          "inventories": [
            {
              "uuid": "ab125aafe7c0c8dc67331acf9d69124d",
              "resourceUuid": "0845e21a9af3a9ecbc9f2623703ed28c",
              "vmInstanceUuid": "d84c2915cfb821b0d0a54bd2d69dbfa0",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "addressList": [
                {
                  "id": 1,
                  "resourceUuid": "406858b9e8728f3d803342818b8f63f9",
                  "vmInstanceUuid": "3b2cb2fdc8a22f61f9989b71dc30b426",
                  "deviceAddress": "deviceAddress",
                  "addressGroupUuid": "e48c64fe3f503f86dfee0f2e7a32705b",
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
    public func queryVmInstanceDeviceAddressGroup(
        _ request: QueryVmInstanceDeviceAddressGroup.Request
    ) async throws -> QueryVmInstanceDeviceAddressGroup.Response {
        try Self.example(QueryVmInstanceDeviceAddressGroup.Response.self, json: Self.queryVmInstanceDeviceAddressGroupExample)
    }
}
