public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmInstanceDeviceAddressArchive``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmInstanceDeviceAddressArchiveExample = #"""
        {
          "inventories": [
            {
              "id": 1,
              "resourceUuid": "979bdbf38adfb5e36dabefbec564ab61",
              "vmInstanceUuid": "8dafc322ba0dde9fc8e22ef203b6a93c",
              "deviceAddress": "deviceAddress",
              "addressGroupUuid": "46f31921243f11d07d9fca4f0ddbd820",
              "metadata": "metadata",
              "metadataClass": "metadataClass",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
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
    public func queryVmInstanceDeviceAddressArchive(
        _ request: QueryVmInstanceDeviceAddressArchive.Request
    ) async throws -> QueryVmInstanceDeviceAddressArchive.Response {
        try Self.example(QueryVmInstanceDeviceAddressArchive.Response.self, json: Self.queryVmInstanceDeviceAddressArchiveExample)
    }
}
