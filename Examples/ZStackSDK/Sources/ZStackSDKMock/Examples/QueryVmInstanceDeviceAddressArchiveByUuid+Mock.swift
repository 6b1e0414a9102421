public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmInstanceDeviceAddressArchiveByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmInstanceDeviceAddressArchiveByUuidExample = #"""
        {
          "inventories": [
            {
              "id": 1,
              "resourceUuid": "4f5216297f97d80b3bb935c4b9d0e864",
              "vmInstanceUuid": "4015fa4b5b8eaf5f8a1f4586973659d5",
              "deviceAddress": "deviceAddress",
              "addressGroupUuid": "1402547f316de2e8a30da751378731b1",
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
    public func queryVmInstanceDeviceAddressArchiveByUuid(
        _ request: QueryVmInstanceDeviceAddressArchiveByUuid.Request
    ) async throws -> QueryVmInstanceDeviceAddressArchiveByUuid.Response {
        try Self.example(QueryVmInstanceDeviceAddressArchiveByUuid.Response.self, json: Self.queryVmInstanceDeviceAddressArchiveByUuidExample)
    }
}
