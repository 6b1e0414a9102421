public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmCdRomByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmCdRomByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "4deee2a65aa8176899b1f058709ce97b",
              "vmInstanceUuid": "03fc700405301e786212a683e1d3e8e1",
              "deviceId": 1,
              "isoUuid": "59edb97a791b6e54af7e449c01974c51",
              "isoInstallPath": "isoInstallPath",
              "name": "name",
              "description": "description",
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
    public func queryVmCdRomByUuid(
        _ request: QueryVmCdRomByUuid.Request
    ) async throws -> QueryVmCdRomByUuid.Response {
        try Self.example(QueryVmCdRomByUuid.Response.self, json: Self.queryVmCdRomByUuidExample)
    }
}
