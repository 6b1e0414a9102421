public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmCdRom``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmCdRomExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "811e4c59f523cb781a8208734c4bb890",
              "vmInstanceUuid": "bd9986feb7abbc840bf505355df34e45",
              "deviceId": 1,
              "isoUuid": "3d44845e7f656c60fa43f30c273b6c88",
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
    public func queryVmCdRom(
        _ request: QueryVmCdRom.Request
    ) async throws -> QueryVmCdRom.Response {
        try Self.example(QueryVmCdRom.Response.self, json: Self.queryVmCdRomExample)
    }
}
